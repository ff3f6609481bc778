/**
 * Cutovers (割接): planned work on network elements, interfaces or circuits. A plan's impact (circuits, group
 * customers, account managers) is worked out before it is submitted; approval tells each affected account manager
 * once, reminds them before the window, and asks them to confirm. Inside the approved window the plan's alarms are
 * planned outages and open no ticket; at its end, whatever is still alarmed becomes a fault.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cutovers")
package io.kexiang.cutover;
