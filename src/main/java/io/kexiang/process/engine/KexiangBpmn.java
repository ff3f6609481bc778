package io.kexiang.process.engine;

import org.flowable.bpmn.model.BaseElement;

/**
 * Kexiang's own BPMN attributes, {@code xmlns:kx="https://kexiang.io/bpmn"}: {@code kx:timeLimit},
 * {@code kx:workingDays}, {@code kx:timeShare} (the step clock), {@code kx:approval} and
 * {@code kx:requiresAttachment} (the task forms). Read here only.
 */
public final class KexiangBpmn {

    public static final String NAMESPACE = "https://kexiang.io/bpmn";

    private KexiangBpmn() {
    }

    /** The attribute's value on the element, null when it has none. */
    public static String attribute(BaseElement element, String name) {
        return element == null ? null : element.getAttributeValue(NAMESPACE, name);
    }

    /** Whether the attribute is {@code "true"} on the element. */
    public static boolean flag(BaseElement element, String name) {
        return Boolean.parseBoolean(attribute(element, name));
    }
}
