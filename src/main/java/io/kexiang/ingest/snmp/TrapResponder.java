package io.kexiang.ingest.snmp;

import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;

/**
 * Takes every PDU SNMP4J decoded: notifications with a known community are accepted, the rest are rejected with
 * the reason. Both go to the archive; nothing here waits on anything.
 */
class TrapResponder implements CommandResponder {

    private static final Logger log = LoggerFactory.getLogger(TrapResponder.class);

    private final CapturingDispatcher dispatcher;
    private final Function<String, Set<String>> communitiesOf;
    private final Predicate<String> knownSource;
    private final Consumer<ReceivedEvent> sink;

    /** @param communitiesOf the communities accepted from a sender address (per network element, or global) */
    TrapResponder(CapturingDispatcher dispatcher, Function<String, Set<String>> communitiesOf,
            Predicate<String> knownSource, Consumer<ReceivedEvent> sink) {
        this.dispatcher = dispatcher;
        this.communitiesOf = communitiesOf;
        this.knownSource = knownSource;
        this.sink = sink;
    }

    @Override
    public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
        CapturingDispatcher.Capture capture = dispatcher.current();
        if (capture == null) {
            return;
        }
        capture.handled = true;
        event.setProcessed(true);
        PDU pdu = event.getPDU();
        String reason = rejection(event, pdu);
        Runnable acknowledgement = reason == null && pdu.getType() == PDU.INFORM ? () -> answer(event) : null;
        sink.accept(new ReceivedEvent(capture.receivedAt, CapturingDispatcher.transport(event.getPeerAddress()),
                CapturingDispatcher.host(event.getPeerAddress()),
                CapturingDispatcher.port(event.getPeerAddress()), version(event.getMessageProcessingModel()),
                PDU.getTypeString(pdu.getType()), PduConversion.trapOid(pdu), PduConversion.agentAddress(pdu),
                PduConversion.varbinds(pdu), capture.raw, reason == null ? Outcome.ACCEPTED : Outcome.REJECTED,
                reason, acknowledgement, capture.journalSeq));
    }

    /** The INFORM's response, sent by the archive writer once the event is stored: the sender may then forget it. */
    private static <A extends Address> void answer(CommandResponderEvent<A> event) {
        PDU response = (PDU) event.getPDU().clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            log.warn("Answering an INFORM from {} failed: {}", event.getPeerAddress(), e.getMessage());
        }
    }

    private String rejection(CommandResponderEvent<?> event, PDU pdu) {
        if (pdu.getType() != PDU.TRAP && pdu.getType() != PDU.V1TRAP && pdu.getType() != PDU.INFORM) {
            return "not a notification: " + PDU.getTypeString(pdu.getType());
        }
        String source = CapturingDispatcher.host(event.getPeerAddress());
        if (!knownSource.test(source)) {
            return "unknown source";
        }
        int model = event.getMessageProcessingModel();
        boolean communityBased = model == MessageProcessingModel.MPv1 || model == MessageProcessingModel.MPv2c;
        if (communityBased && !communitiesOf.apply(source)
                .contains(new String(event.getSecurityName(), StandardCharsets.UTF_8))) {
            return "unknown community";
        }
        return null;
    }

    private static String version(int model) {
        return switch (model) {
            case MessageProcessingModel.MPv1 -> "v1";
            case MessageProcessingModel.MPv2c -> "v2c";
            case MessageProcessingModel.MPv3 -> "v3";
            default -> "?";
        };
    }
}
