package io.kexiang.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.support.ApplicationIT;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox's channel routes as shipped in {@code routes/}, each with its far end (SMTP server, webhook, listener)
 * replaced by a mock: what each sends, that the hub route refuses an internal callback, and that a failure goes back
 * to the outbox once, without Camel redelivering it.
 */
@CamelSpringBootTest
@UseAdviceWith
@DirtiesContext
@TestPropertySource(properties = "kexiang.notification.webhook-url=http://hooks.example.com/notify")
class OutboxRoutesIT extends ApplicationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CamelContext camel;

    @Autowired
    private ProducerTemplate routes;

    private MockEndpoint smtp;
    private MockEndpoint webhook;
    private MockEndpoint listener;

    @BeforeEach
    void replaceTheFarEnds() throws Exception {
        if (!camel.isStarted()) {
            AdviceWith.adviceWith(camel, "outbox-email", route -> route.weaveById("outbox-email-smtp").replace()
                    .to("mock:smtp"));
            AdviceWith.adviceWith(camel, "outbox-webhook", route -> route.weaveById("outbox-webhook-post").replace()
                    .to("mock:webhook"));
            AdviceWith.adviceWith(camel, "outbox-hub", route -> route.weaveById("outbox-hub-post").replace()
                    .to("mock:listener"));
            camel.start();
        }
        smtp = camel.getEndpoint("mock:smtp", MockEndpoint.class);
        webhook = camel.getEndpoint("mock:webhook", MockEndpoint.class);
        listener = camel.getEndpoint("mock:listener", MockEndpoint.class);
        MockEndpoint.resetMocks(camel);
    }

    @Test
    void anEmailGoesToTheSmtpServerFromTheCentresAddressAsPlainUtf8Text() throws Exception {
        smtp.expectedMessageCount(1);
        smtp.expectedBodiesReceived("割接提醒正文");
        smtp.expectedHeaderReceived("To", "am@kexiang.test");
        smtp.expectedHeaderReceived("Subject", "【客响】割接提醒");
        smtp.expectedHeaderReceived("From", "kexiang-noc@localhost");
        smtp.expectedHeaderReceived("Content-Type", "text/plain; charset=UTF-8");

        routes.sendBodyAndHeaders("direct:outbox-email", "割接提醒正文",
                Map.of("To", "am@kexiang.test", "Subject", "【客响】割接提醒"));

        smtp.assertIsSatisfied();
    }

    @Test
    void aWebhookNoticeIsPostedAsJson() throws Exception {
        webhook.expectedMessageCount(1);
        webhook.expectedHeaderReceived(Exchange.HTTP_METHOD, "POST");
        webhook.expectedHeaderReceived("Content-Type", "application/json; charset=UTF-8");

        routes.sendBody("direct:outbox-webhook", "{\"subject\":\"割接提醒\"}");

        webhook.assertIsSatisfied();
        assertThat(webhook.getExchanges().get(0).getIn().getBody(String.class)).contains("割接提醒");
    }

    @Test
    void aHubEventIsRenderedWithItsResourceAndPostedWithNoneOfKexiangsHeaders() throws Exception {
        long alarmId = raiseAlarm();
        listener.expectedMessageCount(1);
        listener.expectedHeaderReceived(Exchange.HTTP_METHOD, "POST");

        routes.sendBodyAndHeaders("direct:outbox-hub", """
                {"api":"alarmManagement","eventType":"AlarmCreateEvent","resourceId":%d,
                 "eventTime":"2026-12-01T08:00:00+08:00"}""".formatted(alarmId),
                Map.of("KexiangCallback", "http://127.0.0.1:9/listener", "KexiangMessageId", "4711"));

        listener.assertIsSatisfied();
        Exchange posted = listener.getExchanges().get(0);
        JsonNode event = JSON.readTree(posted.getIn().getBody(String.class));
        assertThat(event.get("eventId").asText()).isEqualTo("4711");
        assertThat(event.get("eventType").asText()).isEqualTo("AlarmCreateEvent");
        assertThat(event.get("eventTime").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(event.at("/event/alarm/id").asText()).isEqualTo(String.valueOf(alarmId));
        assertThat(posted.getIn().getHeaders()).doesNotContainKeys("KexiangCallback", "KexiangMessageId");
        assertThat(posted.getProperty("callback", String.class)).isEqualTo("http://127.0.0.1:9/listener");
    }

    @Test
    void aHubCallbackToAnInternalAddressNotListedIsRefusedBeforeAnythingIsSent() {
        listener.expectedMessageCount(0);

        assertThatThrownBy(() -> routes.sendBodyAndHeaders("direct:outbox-hub",
                "{\"api\":\"alarmManagement\",\"eventType\":\"AlarmCreateEvent\",\"resourceId\":1,"
                        + "\"eventTime\":\"2026-12-01T08:00:00Z\"}",
                Map.of("KexiangCallback", "http://169.254.169.254/latest/meta-data/", "KexiangMessageId", "1")))
                .isInstanceOf(CamelExecutionException.class).rootCause().hasMessageContaining("callback refused");
        assertThat(listener.getReceivedCounter()).isZero();
    }

    @Test
    void aFailureGoesBackToTheOutboxOnceWithoutRedelivery() {
        smtp.whenAnyExchangeReceived(exchange -> {
            throw new IllegalStateException("451 try again later");
        });

        assertThatThrownBy(() -> routes.sendBodyAndHeaders("direct:outbox-email", "text",
                Map.of("To", "am@kexiang.test", "Subject", "s")))
                .isInstanceOf(CamelExecutionException.class).rootCause().hasMessageContaining("451");
        assertThat(smtp.getReceivedCounter()).as("no redelivery by Camel").isEqualTo(1);
    }

    private long raiseAlarm() {
        return nms().post("/tmf-api/alarmManagement/v4/alarm", """
                {"externalAlarmId":"%s","alarmType":"equipmentAlarm","perceivedSeverity":"major",
                 "probableCause":"powerProblem","alarmedObject":{"id":"TJ-HP-PE01"},"sourceSystemId":"routes-it",
                 "state":"raised","alarmRaisedTime":"2026-12-01T00:00:00Z"}""".formatted(unique("R")))
                .json().get("id").asLong();
    }
}
