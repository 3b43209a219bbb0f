package io.vhelpi.samples.claimdesk;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Requires a signed-in operator everywhere except on the sign-in page and the static files. */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

    /** Creates the configuration; Spring calls it. */
    public WebConfig() {}

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SignedInOperator())
                .addPathPatterns("/**")
                .excludePathPatterns("/login", "/claim-desk.css", "/error");
    }
}
