package io.kexiang.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST APIs as OpenAPI ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui/index.html}), for the operators'
 * OSS clients: the TMF resources under the paths their specs name, and how to sign in to them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI kexiangApi(@Value("${kexiang.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info().title("Kexiang 客响").version(version)
                        .description("Alarms (TMF642), trouble tickets (TMF621), cutovers, inventory and "
                                + "notifications of the group customer response centre. Replies speak zh-CN "
                                + "unless Accept-Language asks for English; errors are RFC 9457 problem details.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("People: employee id and password"))
                        .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Machines (NMS, OSS): a token from /api/v1/api-tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
