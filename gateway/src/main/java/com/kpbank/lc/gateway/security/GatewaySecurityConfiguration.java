package com.kpbank.lc.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.gateway.problem.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Who may call the API. Every request is authenticated but the actuator's health and info; projections and
 * the actuator's metrics are for operators (API.md); everything finer (whose application, which action
 * now) is decided per request from the {@code Viewer}.
 * The {@code standalone} profile has the demo users of API.md over HTTP Basic and nothing else has
 * them; otherwise the API is an OAuth2 resource server: a JWT signed by the identity provider's key, of its issuer, for
 * this API's audience and not expired, names the user in {@value #USER_CLAIM} and the roles in {@value #ROLES_CLAIM}.
 * Failures are problem details like every other error, including a request the security firewall
 * rejects (e.g. a {@code ;} or an encoded {@code %00} in its path): a 400 answered at once, not an error
 * dispatch that no credentials reach.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration implements WebMvcConfigurer {

    static final String STANDALONE = "standalone";
    static final String ROLES_CLAIM = "roles";
    /** The claim naming the user, the name applications are filed under: Keycloak's user name, not its opaque {@code sub}. */
    static final String USER_CLAIM = "preferred_username";
    private static final String DEMO_PASSWORD_ENCODING = "noop";

    private final ObjectMapper json;

    GatewaySecurityConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerArgumentResolver());
    }

    /**
     * Spring Security's own observations are off. They recorded each refused authentication or authorization on the
     * request's trace with the exception's stack trace, a few kilobytes for each 401 or 403 that anyone can ask for
     * as often as they like, and some twenty filter events on every request; the request's own span (its status) and
     * the log say what was refused.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Profile(STANDALONE)
    SecurityFilterChain gatewayDemoUsersFilterChain(HttpSecurity http) throws Exception {
        return authorize(http)
                .httpBasic(basic -> basic.realmName("LC").authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"LC\"");
                    unauthorized(response);
                }))
                .build();
    }

    /**
     * The demo users' passwords are their names, published in the README: hashing them protects nothing
     * and would cost a hash per request. Spring Security's default encoder would also upgrade each
     * {@code {noop}} password to bcrypt on its first login and hash every request after that (and every
     * unknown user, to blunt timing attacks). Encoding with {@code noop} keeps every check a comparison.
     */
    @Bean
    @Profile(STANDALONE)
    @SuppressWarnings("deprecation") // NoOpPasswordEncoder is deprecated only to say it is no hash, which is the point here
    PasswordEncoder gatewayDemoPasswords() {
        return new DelegatingPasswordEncoder(DEMO_PASSWORD_ENCODING, Map.of(DEMO_PASSWORD_ENCODING, NoOpPasswordEncoder.getInstance()));
    }

    /** The demo users of API.md: password = user name. */
    @Bean
    @Profile(STANDALONE)
    UserDetailsService gatewayDemoUsers() {
        return new InMemoryUserDetailsManager(
                demoUser("applicant-1", Role.APPLICANT),
                demoUser("applicant-2", Role.APPLICANT),
                demoUser("manager", Role.TRADE_FINANCE_MANAGER),
                demoUser("analyst", Role.PRODUCT_ANALYST, Role.CREDIT_ANALYST),
                demoUser("operator", Role.OPERATOR));
    }

    @Bean
    @Profile("!" + STANDALONE)
    SecurityFilterChain gatewayJwtFilterChain(HttpSecurity http) throws Exception {
        return authorize(http)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            unauthorized(response);
                        }))
                .build();
    }

    /** Roles of the {@value #ROLES_CLAIM} claim, e.g. {@code ["APPLICANT"]}, as the authorities the {@code Viewer} is built from. */
    static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix(Viewers.ROLE_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName(USER_CLAIM);
        return converter;
    }

    private HttpSecurity authorize(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // the error page only renders the status of an error already decided
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/projections", "/projections/**", "/actuator/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> write(response,
                        Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "this is not yours to see or do"))));
    }

    @Bean
    RequestRejectedHandler gatewayRejectedRequests() {
        return (request, response, rejected) -> write(response, Problems.malformedRequest("has a path or header this API refuses"));
    }

    private void unauthorized(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "no or bad credentials");
        problem.setTitle(HttpStatus.UNAUTHORIZED.getReasonPhrase());
        write(response, problem);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getTitle() == null) {
            problem.setTitle(HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static UserDetails demoUser(String name, Role... roles) {
        return User.withUsername(name)
                .password("{" + DEMO_PASSWORD_ENCODING + "}" + name)
                .roles(Arrays.stream(roles).map(Role::name).toArray(String[]::new))
                .build();
    }
}
