/**
 * The console: the centre's web workplace, in Chinese first. Server-rendered pages (Thymeleaf), htmx for partial
 * updates, Server-Sent Events for the live board; scripts and charts from webjars, no Node build. Its controllers
 * call the other modules' APIs only: what a page shows and may do is what those APIs allow the signed-in role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package io.kexiang.console;
