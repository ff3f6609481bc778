package io.kexiang.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.support.Api;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.Browser;
import io.kexiang.support.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The administrator's pages that change how Kexiang runs: departments, MIBs and rules, SNMPv3 users and the hub's
 * listeners, in a browser. MIBs are uploaded into a copy of mibs/, so the checkout is never touched.
 */
@DirtiesContext
class AdminConsoleIT extends ApplicationIT {

    private static final String GOOD_MIB = """
            KEXIANG-CONSOLE-MIB DEFINITIONS ::= BEGIN
            IMPORTS MODULE-IDENTITY, NOTIFICATION-TYPE, enterprises FROM SNMPv2-SMI;
            kexiangConsole MODULE-IDENTITY
                LAST-UPDATED "202612020000Z"
                ORGANIZATION "Kexiang"
                CONTACT-INFO "noc@tj.example.com"
                DESCRIPTION "A vendor MIB uploaded in the console."
                ::= { enterprises 99999 7 }
            kexiangConsoleNotifications OBJECT IDENTIFIER ::= { kexiangConsole 0 }
            kexiangConsoleFanFail NOTIFICATION-TYPE
                STATUS current
                DESCRIPTION "A fan failed."
                ::= { kexiangConsoleNotifications 1 }
            END
            """;
    /** Line 5 names a parent that does not exist. */
    private static final String BROKEN_MIB = """
            KEXIANG-BROKEN-MIB DEFINITIONS ::= BEGIN
            IMPORTS MODULE-IDENTITY, NOTIFICATION-TYPE, enterprises FROM SNMPv2-SMI;
            kexiangBrokenNotifications OBJECT IDENTIFIER ::= { enterprises 99999 8 }
            kexiangBrokenFail NOTIFICATION-TYPE
                OBJECTS { noSuchObjectAnywhere }
                STATUS current
                DESCRIPTION "Refers to nothing."
                ::= { kexiangBrokenNotifications 1 }
            END
            """;

    private static Path mibs;

    @DynamicPropertySource
    static void mibFolder(DynamicPropertyRegistry registry) {
        try {
            mibs = Files.createTempDirectory("kexiang-mibs");
            try (var files = Files.list(Path.of("mibs"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, mibs.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("kexiang.mib.directory", mibs::toString);
    }

    @Test
    void anAdminKeepsDepartmentsMibsSnmpAccessAndHubListenersInTheBrowser() throws IOException {
        Api oss = anonymous().withToken(admin().post("/api/v1/api-tokens", "{\"name\":\"%s\",\"roles\":[\"NMS_CLIENT\"]}"
                .formatted(unique("OSS-"))).json().get("token").asText());
        String listener = oss.post("/tmf-api/alarmManagement/v4/hub",
                "{\"callback\":\"http://127.0.0.1:9/listener\",\"query\":\"eventType=AlarmCreateEvent\"}")
                .json().get("id").asText();
        Path upload = Files.createTempDirectory("kexiang-upload");

        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", ADMIN_PASSWORD).await("#board", Duration.ofSeconds(10));

            // 部门: a new one under another, and the same name again refused.
            String department = unique("客户响应中心");
            browser.go("/admin/departments");
            browser.find("#department-name").sendKeys(department);
            browser.submit("#new-department button");
            assertThat(browser.find("#departments").getText()).contains(department);
            browser.find("#department-name").sendKeys(department);
            browser.submit("#new-department button");
            assertThat(browser.find("#refused").getText()).contains(department, "已存在");
            browser.screenshot("admin-departments");

            // MIB: a module that does not compile comes back with its problems by file and line, and is not kept.
            browser.go("/admin/mibs");
            Path broken = Files.writeString(upload.resolve("KEXIANG-BROKEN-MIB.txt"), BROKEN_MIB);
            browser.find("#mib-file").sendKeys(broken.toString());
            browser.submit("#upload-mib");
            assertThat(browser.find("#upload-problems").getText()).contains("KEXIANG-BROKEN-MIB.txt");
            assertThat(mibs.resolve("KEXIANG-BROKEN-MIB.txt")).doesNotExist();
            Path good = Files.writeString(upload.resolve("KEXIANG-CONSOLE-MIB.txt"), GOOD_MIB);
            browser.find("#mib-file").sendKeys(good.toString());
            browser.submit("#upload-mib");
            assertThat(browser.find("#uploaded").getText()).contains("KEXIANG-CONSOLE-MIB.txt");
            assertThat(browser.find("#mib-modules").getAttribute("textContent")).contains("KEXIANG-CONSOLE-MIB");
            assertThat(mibs.resolve("KEXIANG-CONSOLE-MIB.txt")).exists();
            assertThat(browser.find("#rule-families").getText()).contains("IF-MIB::linkDown");
            browser.submit("#reload-rules");
            assertThat(browser.find("#done").isDisplayed()).isTrue();
            browser.screenshot("admin-mibs");

            // SNMPv3: a passphrase too short is refused; a good user is taken, and its secrets are never shown.
            String user = unique("v3-").toLowerCase();
            browser.go("/admin/snmp");
            assertThat(browser.find("#receiver").getText()).contains("UDP");
            fillUser(browser, user, "short");
            assertThat(browser.find("#refused").getText()).contains("8");
            fillUser(browser, user, "a-long-enough-passphrase");
            assertThat(browser.find("#snmp-user-" + user).getText()).contains("SHA256", "AES128", "admin");
            assertThat(browser.find("body").getText()).doesNotContain("a-long-enough-passphrase");
            assertThat(admin().get("/api/v1/snmp-users").body()).contains(user);
            browser.screenshot("admin-snmp");
            browser.submit("#snmp-user-" + user + " button");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("snmp-user-" + user))).isEmpty();

            // An element's own communities: a bad one refused, naming it; a good one kept and shown masked only.
            TestSite site = TestSite.create(admin(), "PE");
            browser.go("/inventory/elements/" + site.element);
            assertThat(browser.find("#element-communities").getText()).isEqualTo("使用接收端的团体名（无专用）");
            browser.find("#communities").sendKeys("tj-own-1, has space;");
            browser.submit("#communities-form button");
            assertThat(browser.find("#refused").getText()).contains("trapCommunities");
            browser.find("#communities").sendKeys("tj-own-1, tj-own-2");
            browser.submit("#communities-form button");
            assertThat(browser.find("#element-communities").getText()).isEqualTo("tj***, tj***");
            assertThat(browser.find("body").getText()).doesNotContain("tj-own-1");
            assertThat(admin().get("/api/v1/network-elements/" + site.element).json().get("trapCommunities")
                    .toString()).isEqualTo("[\"tj***\",\"tj***\"]");

            // 订阅: the OSS's listener, and removing it stops what it is owed.
            browser.go("/admin/hub");
            assertThat(browser.find("#subscription-" + listener).getText()).contains("TMF642",
                    "http://127.0.0.1:9/listener", "eventType=AlarmCreateEvent");
            browser.screenshot("admin-hub");
            browser.submit("#subscription-" + listener + " button");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("subscription-" + listener)))
                    .isEmpty();
            assertThat(oss.get("/tmf-api/alarmManagement/v4/hub/" + listener).status()).isEqualTo(404);
        }
    }

    private static void fillUser(Browser browser, String user, String passphrase) {
        browser.find("#snmp-name").sendKeys(user);
        new org.openqa.selenium.support.ui.Select(browser.find("#snmp-auth")).selectByValue("SHA256");
        browser.find("#snmp-auth-pass").sendKeys(passphrase);
        new org.openqa.selenium.support.ui.Select(browser.find("#snmp-priv")).selectByValue("AES128");
        browser.find("#snmp-priv-pass").sendKeys(passphrase);
        browser.submit("#save-snmp-user");
    }
}
