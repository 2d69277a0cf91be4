package ogi.casework.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authorization before anything else: every handler method of this application names who may call it with
 * {@code @PreAuthorize} (on the method or its class), and this interceptor evaluates that rule before Spring MVC reads
 * a single argument — so a wrong role gets 403, not 400 for a body it may not send, and a large body is never parsed
 * for it. A handler without a rule is refused for everyone (and {@code EndpointRulesIntegrationTests} fails), so an
 * endpoint cannot be added without one. Method security evaluates the same annotation again around the call.
 */
@Configuration(proxyBeanMethods = false)
class HandlerAuthorization implements HandlerInterceptor, WebMvcConfigurer {

	/** Before every other interceptor. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/** The package whose handlers must carry a rule. */
	static final String APPLICATION_PACKAGE = "ogi.casework.";

	private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("anonymous", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	HandlerAuthorization(ApplicationContext context) {
		this.rules.setApplicationContext(context);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(ORDER);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
			return true;
		}
		PreAuthorize rule = ruleOf(method);
		if (rule == null) {
			throw new AccessDeniedException("this endpoint names no role that may call it");
		}
		AuthorizationResult result = rules.authorize(HandlerAuthorization::authentication,
				new SimpleMethodInvocation(method.getBean(), method.getMethod()));
		if (result != null && !result.isGranted()) {
			throw new AccessDeniedException(request.getMethod() + " " + request.getRequestURI() + " needs "
					+ rule.value());
		}
		return true;
	}

	/** The rule of a handler method: its own {@code @PreAuthorize}, else its class's; null if it has none. */
	static PreAuthorize ruleOf(HandlerMethod method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		return rule != null ? rule : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
	}

	static boolean isOurs(HandlerMethod method) {
		return method.getBeanType().getName().startsWith(APPLICATION_PACKAGE);
	}

	private static Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null ? authentication : ANONYMOUS;
	}
}
