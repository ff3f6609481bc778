package io.kexiang.alarm.tmf;

import io.kexiang.alarm.store.Alarms;
import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.FeedAnswer;
import org.springframework.stereotype.Component;

/** The answer to an NMS's TMF642 {@code POST alarm}: the alarm its record made (or joined), as the API shows it. */
@Component
class CreatedAlarmAnswer implements FeedAnswer {

    private final Alarms alarms;
    private final AlarmViews views;

    CreatedAlarmAnswer(Alarms alarms, AlarmViews views) {
        this.alarms = alarms;
        this.views = views;
    }

    @Override
    public String notification() {
        return "TMF642::alarm";
    }

    @Override
    public Answer answer(ArchivedEvent archived) {
        long id = alarms.builtFrom(archived.rawEventId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("event " + archived.rawEventId() + " made no alarm"));
        return new Answer(Tmf642.href(id), views.of(id));
    }
}
