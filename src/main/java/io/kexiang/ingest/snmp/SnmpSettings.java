package io.kexiang.ingest.snmp;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trap receiver. Port 162 is the standard one but needs privileges; the default 1162 does not (compose maps
 * 162/udp onto it).
 *
 * @param receiveBufferBytes SO_RCVBUF; the kernel caps it at net.core.rmem_max
 * @param datagramQueueCapacity datagrams taken off the socket and waiting to be decoded (a storm waits here, a
 *                              few hundred bytes each, rather than in the socket buffer); beyond it they are
 *                              dropped and counted
 * @param communities v1/v2c communities accepted; none means every v1/v2c trap is rejected
 * @param engineId text from which the receiver's SNMPv3 engine ID is made; keep it stable, senders of INFORMs
 *                 remember it
 * @param users SNMPv3 users accepted
 * @param tcpPort also listen on TCP (RFC 3430) on this port; -1 (the default) does not, 0 picks a free port
 * @param requireKnownSource accept only senders that are a network element's management address or trusted
 * @param trustedSources senders accepted without being network elements: NMS platforms forwarding traps
 */
@ConfigurationProperties("kexiang.ingest.snmp")
record SnmpSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.0.0.0") String listenAddress,
        @DefaultValue("1162") int port,
        @DefaultValue("4194304") int receiveBufferBytes,
        @DefaultValue("200000") int datagramQueueCapacity,
        @DefaultValue List<String> communities,
        @DefaultValue("kexiang") String engineId,
        @DefaultValue List<UsmUserSettings> users,
        @DefaultValue("-1") int tcpPort,
        @DefaultValue("true") boolean requireKnownSource,
        @DefaultValue List<String> trustedSources) {
}
