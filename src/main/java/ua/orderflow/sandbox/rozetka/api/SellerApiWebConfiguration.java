package ua.orderflow.sandbox.rozetka.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ua.orderflow.sandbox.ConditionalOnSandbox;

/** Puts the call counter, the faults and the token check in front of {@code /sandbox/rozetka/**}. */
@Configuration
@ConditionalOnSandbox
public class SellerApiWebConfiguration implements WebMvcConfigurer {

    private final SellerApiInterceptor interceptor;

    public SellerApiWebConfiguration(SellerApiInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/sandbox/rozetka/**");
    }
}
