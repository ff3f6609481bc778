/**
 * The shared kernel: value types, web conventions (problem details, paging), CSV reading, the audit trail and
 * the embedded database. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kexiang.shared;
