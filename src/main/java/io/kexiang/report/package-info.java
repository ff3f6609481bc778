/**
 * The reports the centre owes: the operation analysis report (运行分析报告) per customer and month, for the account
 * manager to forward; the quarterly report (季报); the incident summary (应急事件总结) after a major incident; the
 * schedule that owes them and reminds, and their delivery (三个报告提供及时率) — each as a console page, PDF (charts
 * drawn on the server) and Excel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package io.kexiang.report;
