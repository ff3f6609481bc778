/**
 * The reports the centre owes: the operation analysis report (运行分析报告) per customer and month, for the account
 * manager to forward — as a console page, PDF (charts drawn on the server) and Excel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package io.kexiang.report;
