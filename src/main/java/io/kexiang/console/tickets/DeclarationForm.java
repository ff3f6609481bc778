package io.kexiang.console.tickets;

import io.kexiang.ticket.TicketDesk;
import java.util.Arrays;

/** The 故障申报 / consultation / complaint form as typed: circuits one a line or comma-separated. */
public class DeclarationForm {

    private String ticketType = "fault";
    private String severity = "major";
    private String priority = "";
    private String name = "";
    private String description = "";
    private String circuits = "";
    private String customerCode = "";
    private String note = "";

    public DeclarationForm() {
    }

    DeclarationForm(String ticketType) {
        this.ticketType = ticketType;
    }

    TicketDesk.Declaration declaration() {
        return new TicketDesk.Declaration(ticketType, severity, priority, name, description,
                Arrays.stream(circuits.split("[,，\\s]+")).map(String::trim).filter(id -> !id.isEmpty()).toList(),
                customerCode, note);
    }

    public String getTicketType() { return ticketType; }
    public void setTicketType(String ticketType) { this.ticketType = ticketType; }
    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCircuits() { return circuits; }
    public void setCircuits(String circuits) { this.circuits = circuits; }
    public String getCustomerCode() { return customerCode; }
    public void setCustomerCode(String customerCode) { this.customerCode = customerCode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
