package com.kpbank.lc.gateway.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Tomcat refuses before any application code runs — a path with an encoded {@code /} or
 * {@code %00}, a request line or header above its limits — is answered as a problem detail too, not as
 * Tomcat's HTML error page (API.md: no error page that is not a problem detail). Tomcat reports those
 * errors through the error report valve of its host; this one takes the place of the default one.
 * Ordered last, so that it replaces the valve Spring Boot installs.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ContainerErrorsAsProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectMapper json;

    ContainerErrorsAsProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReport.class.getName());
            host.getPipeline().addValve(new ProblemReport(json));
        });
    }

    /** Writes the error Tomcat answers with as a problem detail of its status. */
    static final class ProblemReport extends ErrorReportValve {

        private final ObjectMapper json;

        ProblemReport(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problemOf(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // the client is gone or the response cannot take a body: nothing more to say
            }
        }

        private static ProblemDetail problemOf(int status) {
            HttpStatus known = HttpStatus.resolve(status);
            return Problems.ofStatus(known == null ? HttpStatus.BAD_REQUEST : known, "has a path, request line or header the server refuses");
        }
    }
}
