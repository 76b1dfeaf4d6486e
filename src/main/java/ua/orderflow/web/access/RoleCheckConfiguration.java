package ua.orderflow.web.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class RoleCheckConfiguration implements WebMvcConfigurer {

    private final ObjectMapper json;

    public RoleCheckConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleCheck(json)).addPathPatterns("/api/**");
    }
}
