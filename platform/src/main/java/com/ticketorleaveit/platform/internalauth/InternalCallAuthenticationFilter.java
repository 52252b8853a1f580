package com.ticketorleaveit.platform.internalauth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a call signed with the cluster's secret as coming from a member of the cluster
 * ({@link #CLUSTER_MEMBER}); anything else stays anonymous, and the internal paths' filter chain then answers 401. The
 * body is read once, verified, and handed on from memory; a call whose headers already refuse it (unsigned, stale) is
 * refused without reading its body.
 */
final class InternalCallAuthenticationFilter extends OncePerRequestFilter {

    /** The authority of a verified internal call. */
    static final String CLUSTER_MEMBER = "ROLE_CLUSTER_MEMBER";

    private static final Logger log = LoggerFactory.getLogger(InternalCallAuthenticationFilter.class);

    private final InternalCallSignature signature;
    private final long maxBody;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    /** Where a stateless chain finds the context again when an asynchronous answer (the command bus's) is dispatched. */
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    /** @param signature null when this deployable has no secret: then no call is authenticated */
    InternalCallAuthenticationFilter(InternalCallSignature signature, long maxBody, Clock clock) {
        this.signature = signature;
        this.maxBody = maxBody;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signature == null) {
            chain.doFilter(request, response);
            return;
        }
        var headers = signature.headers(
                request.getHeader(InternalCallSignature.TIMESTAMP_HEADER),
                request.getHeader(InternalCallSignature.SIGNATURE_HEADER),
                clock.instant());
        if (headers instanceof InternalCallSignature.Refused refused) {
            refuse(request, refused.verdict());
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBody) {
            refuse(request, InternalCallSignature.Verdict.TOO_LARGE);
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBody + 1, Integer.MAX_VALUE));
        var read = new ReadBody(request, body);
        var verdict = body.length > maxBody
                ? InternalCallSignature.Verdict.TOO_LARGE
                : signature.verify(
                        (InternalCallSignature.Claim) headers, request.getMethod(), pathAndQuery(request), body);
        if (verdict == InternalCallSignature.Verdict.ACCEPTED) {
            var context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "cluster-member", null, List.of(new SimpleGrantedAuthority(CLUSTER_MEMBER))));
            contexts.setContext(context);
            repository.saveContext(context, request, response);
        } else {
            refuse(request, verdict);
        }
        chain.doFilter(read, response);
    }

    private static void refuse(HttpServletRequest request, InternalCallSignature.Verdict verdict) {
        // not the caller's business why; an operator looking for a misconfigured secret or clock finds it here
        if (verdict == InternalCallSignature.Verdict.UNSIGNED) {
            log.debug(
                    "Refused an unsigned call {} {} from {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr());
            return;
        }
        log.warn(
                "Refused an internal call {} {} from {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr(),
                verdict);
    }

    /** As the client signed it: the raw (still encoded) path and query. */
    static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** The request with its body already read: the handler reads the same bytes from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
