package com.kpbank.lc.gateway.security;

import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link Viewer} every query and decision is made for: the authenticated user's name and its
 * roles, whichever way it authenticated (HTTP Basic demo users or a JWT's roles claim).
 */
public final class Viewers {

    /** Spring Security's prefix of role authorities. */
    static final String ROLE_PREFIX = "ROLE_";

    private Viewers() {
    }

    public static Viewer of(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> authorities.contains(ROLE_PREFIX + role.name()))
                .collect(Collectors.toSet());
        return new Viewer(authentication.getName(), roles);
    }
}
