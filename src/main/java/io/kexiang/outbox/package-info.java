/**
 * Every message that leaves Kexiang: notices to people (e-mail, and a webhook for SMS gateways and chat robots)
 * and TMF hub events to listeners. A message is written in the transaction that decided to send it, then
 * delivered through the channel's Camel route ({@code routes/outbox-*.camel.yaml}), retried with one back-off, and
 * kept with every attempt: per recipient, its state can be read ({@code GET /api/v1/outbox}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outbox")
package io.kexiang.outbox;

