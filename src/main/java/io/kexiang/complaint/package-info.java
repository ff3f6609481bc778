/**
 * Complaints to the VP in charge (主管副总): a major complaint, or complaints rising month after month (overall or
 * for one customer), told to the VPs through the outbox; their instructions and the centre's follow-ups kept with
 * each until it is closed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints to the VP")
package io.kexiang.complaint;
