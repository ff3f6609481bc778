package io.kexiang.ingest.tmf642;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.FeedAnswer;
import io.kexiang.ingest.FeedArchive;
import io.kexiang.shared.web.JsonBodies;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * TMF642's {@code POST alarm}: an NMS feed like SNMP and the file drop. The record is archived and handled in the
 * request's transaction, and the NMS gets the alarm it made (201), or every problem of its body (400).
 */
@RestController
class AlarmFeedController {

    private final FeedArchive archive;
    private final FeedAnswer answers;
    private final ObjectMapper json;

    AlarmFeedController(FeedArchive archive, List<FeedAnswer> answers, ObjectMapper json) {
        this.archive = archive;
        this.answers = answers.stream()
                .filter(answer -> answer.notification().equals(AlarmCreateReader.NOTIFICATION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("nothing answers TMF642 alarms"));
        this.json = json;
    }

    @PostMapping("/tmf-api/alarmManagement/v4/alarm")
    @PreAuthorize("hasAnyRole('NMS_CLIENT', 'ADMIN')")
    @Transactional
    ResponseEntity<Map<String, Object>> create(@RequestBody byte[] body) {
        ArchivedEvent archived = archive.archive(AlarmCreateReader.read(JsonBodies.object(json, body), body));
        FeedAnswer.Answer answer = answers.answer(archived);
        return ResponseEntity.created(URI.create(answer.href())).body(answer.resource());
    }
}
