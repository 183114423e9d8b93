package cn.kaohe.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of {@code /api} ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), both behind
 * the login. Paths and settings: {@code springdoc.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kaoheOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Kaohe 考核 API")
                        .version("v1")
                        .description("干部绩效考核系统的 REST 接口。登录后使用（浏览器会话，或 HTTP Basic）；"
                                + "错误以 JSON 返回：code（稳定的错误代码）、message（中文说明）、problems（逐字段）。"
                                + "改变数据的请求在浏览器会话中需带 X-XSRF-TOKEN 头（取自 XSRF-TOKEN cookie）。"))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
