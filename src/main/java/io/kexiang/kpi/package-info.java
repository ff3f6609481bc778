/**
 * The centre's KPIs (考核): each defined once with its formula, unit and target, counted from the facts the other
 * modules keep (tickets, checks, orders, process steps) for any period, cut by department, person, customer tier,
 * circuit type and customer, with the late items behind every figure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "KPIs")
package io.kexiang.kpi;
