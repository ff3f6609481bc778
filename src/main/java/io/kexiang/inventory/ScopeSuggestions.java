package io.kexiang.inventory;

import java.util.List;

/**
 * What a cutover's scope can name, for the plan editor's picker: network elements, the interfaces of one (those the
 * inventory knows, because circuits end on them), and circuits, each by what has been typed so far.
 */
public interface ScopeSuggestions {

    /** In-service element names containing {@code typed}, at most {@code limit}, by name. */
    List<String> elements(String typed, int limit);

    /** {@code element|interface} for each interface of the element circuits end on, by interface. */
    List<String> interfaces(String element);

    /** Circuit ids containing {@code typed}, at most {@code limit}, by id. */
    List<String> circuits(String typed, int limit);
}
