/**
 * Resource checks (资源核查): TMF645 {@code checkServiceQualification} requests from the group-customer department,
 * account managers and OSS clients, worked through the {@code resource-check} process (the centre refines, 运行维护部
 * and 网络建设部 answer in parallel, the centre judges), answered in TMF645 form, kept in the resource-check ledger
 * (资源核查台帐), with the resources found reserved until a date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resource checks")
package io.kexiang.qualification;
