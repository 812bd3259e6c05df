package com.kpbank.lc.gateway.lcapplication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.StartNewLCApplication;
import com.kpbank.lc.api.query.LCApplicationView;
import com.kpbank.lc.api.query.PageRequest;
import com.kpbank.lc.api.query.Role;
import com.kpbank.lc.api.query.Viewer;
import com.kpbank.lc.api.value.ApplicantId;
import com.kpbank.lc.api.value.ClientReference;
import com.kpbank.lc.api.value.Decision;
import com.kpbank.lc.api.value.LCApplicationId;
import com.kpbank.lc.api.value.LCState;
import com.kpbank.lc.gateway.GatewayBus;
import com.kpbank.lc.gateway.checks.CheckOutcome;
import com.kpbank.lc.gateway.checks.CheckOutcomeIntake;
import com.kpbank.lc.gateway.problem.InvalidRequestBody;
import com.kpbank.lc.gateway.problem.ProblemException;
import com.kpbank.lc.gateway.problem.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.hateoas.MediaTypes;
import org.springframework.hateoas.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * The applications and their tasks (API.md). Every action is checked against {@link AllowedActions}
 * before its command is sent, and answers once the read model shows its outcome: {@code 200} with the
 * application's new representation and {@code ETag}, or {@code 202} with its {@code Location} when the
 * read model did not catch up within the bound.
 */
@RestController
@RequestMapping(path = "/lc-applications", produces = {MediaTypes.HAL_JSON_VALUE, MediaTypes.HAL_FORMS_JSON_VALUE})
class LCApplicationsController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final Logger log = LoggerFactory.getLogger(LCApplicationsController.class);
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"(\\d{1,18})\"");
    private static final Pattern VERSION = Pattern.compile("\\d{1,18}");
    private static final int MAX_TEXT = 200;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final LCApplicationLookup lookup;
    private final LCApplicationUpdates updates;
    private final GatewayBus bus;
    private final CheckOutcomeIntake checkOutcomes;
    private final ObjectMapper json;
    private final Validator validator;

    LCApplicationsController(LCApplicationLookup lookup, LCApplicationUpdates updates, GatewayBus bus, CheckOutcomeIntake checkOutcomes,
                             ObjectMapper json, Validator validator) {
        this.lookup = lookup;
        this.updates = updates;
        this.bus = bus;
        this.checkOutcomes = checkOutcomes;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping
    PagedModel<?> list(@RequestParam(name = "q", required = false) String text,
                       @RequestParam(name = "state", required = false) Set<LCState> states,
                       @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size,
                       Viewer viewer) {
        List<Problems.FieldError> errors = new ArrayList<>(pageErrors(page, size));
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new Problems.FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problems.invalidRequest("the search parameters are not valid", errors));
        }
        String search = text == null || text.isBlank() ? null : text.strip();
        // an empty value (state=) converts to null: it filters nothing
        Set<LCState> filter = states == null ? Set.of() : states.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return LCApplicationRepresentations.pageOf(lookup.list(viewer, search, filter, new PageRequest(page, size)), viewer);
    }

    /** The application as it is, with its actions and its {@code ETag}; or as it was at {@code asOf}, read-only. */
    @GetMapping("/{id}")
    ResponseEntity<LCApplicationModel> one(@PathVariable UUID id, @RequestParam(required = false) Instant asOf, Viewer viewer) {
        LCApplicationId applicationId = new LCApplicationId(id);
        if (asOf != null) {
            LCApplicationView then = lookup.asOf(applicationId, viewer, asOf)
                    .orElseThrow(() -> ProblemException.notFound("LC application " + id + " as of " + asOf));
            return ResponseEntity.ok(LCApplicationRepresentations.pastOf(then, LCApplicationRepresentations.collection(), asOf));
        }
        LCApplicationView application = lookup.get(applicationId, viewer);
        return ResponseEntity.ok().eTag(String.valueOf(application.version()))
                .body(LCApplicationRepresentations.of(application, viewer));
    }

    /** The application's audit trail from the event store, oldest first, as this viewer may see it. */
    @GetMapping("/{id}/history")
    PagedModel<?> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size, Viewer viewer) {
        List<Problems.FieldError> errors = pageErrors(page, size);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problems.invalidRequest("the paging parameters are not valid", errors));
        }
        LCApplicationId applicationId = new LCApplicationId(id);
        return LCApplicationRepresentations.historyOf(applicationId, lookup.history(applicationId, viewer, new PageRequest(page, size))
                .orElseThrow(() -> ProblemException.notFound("LC application " + id)));
    }

    /**
     * The application's live view: a server-sent event with its representation each time it changes, the
     * event id its version; {@code Last-Event-ID} resumes after that version.
     */
    @GetMapping(path = "/{id}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter updates(@PathVariable UUID id, @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId, Viewer viewer) {
        long lastSeen = -1;
        if (lastEventId != null) {
            if (!VERSION.matcher(lastEventId.strip()).matches()) {
                throw new ProblemException(Problems.invalidRequest("Last-Event-ID must be an event id of this stream",
                        List.of(new Problems.FieldError(LAST_EVENT_ID, "must be a version such as 3"))));
            }
            lastSeen = Long.parseLong(lastEventId.strip());
        }
        return updates.open(new LCApplicationId(id), viewer, lastSeen);
    }

    /**
     * Starts a draft. With an {@code Idempotency-Key} the id is derived from the user and the key, so a
     * retry names the same application and the command service creates nothing new.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LCApplicationModel> start(@Valid @RequestBody StartRequest request,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                             Viewer viewer) {
        if (!viewer.has(Role.APPLICANT)) {
            throw ProblemException.forbidden("only applicants start LC applications");
        }
        LCApplicationId id = applicationIdFor(viewer, idempotencyKey);
        try {
            bus.send(new StartNewLCApplication(id, new ApplicantId(viewer.name()), new ClientReference(request.clientReference())), viewer.actor());
        } catch (CommandExecutionException refused) {
            boolean retried = idempotencyKey != null && refused.getDetails()
                    .filter(details -> details instanceof CommandRefusal refusal && CommandRefusal.ALREADY_EXISTS.equals(refusal.code()))
                    .isPresent();
            if (!retried) {
                throw refused;
            }
        }
        log.info("{} started {}", kv("user", viewer.name()), kv("lcApplicationId", id));
        return answer(HttpStatus.CREATED, id, 0, viewer);
    }

    @PostMapping(path = "/{id}/{action}")
    ResponseEntity<LCApplicationModel> act(@PathVariable UUID id, @PathVariable("action") String relation,
                                           @RequestBody(required = false) JsonNode body,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           Viewer viewer) {
        Action action = Action.byRelation(relation).orElseThrow(() -> ProblemException.notFound("action " + relation));
        Long expectedVersion = expectedVersion(ifMatch);
        // a body that could never be taken is refused before anything is asked of the read model: refusing is cheap
        Object request = read(body, action.body());
        LCApplicationId applicationId = new LCApplicationId(id);
        LCApplicationView application = lookup.getBeforeAction(applicationId, viewer);
        switch (AllowedActions.verdict(action, application, viewer)) {
            case NOT_THEIRS -> throw ProblemException.forbidden(relation + " is not yours to take on this application");
            case WRONG_STATE -> throw new ProblemException(Problems.of(HttpStatus.CONFLICT, Problems.WRONG_STATE,
                    relation + " is not possible while the application is " + application.state()));
            case ALLOWED -> { }
        }
        if (expectedVersion != null && application.version() > expectedVersion) {
            throw new ProblemException(Problems.of(HttpStatus.PRECONDITION_FAILED, Problems.STALE,
                    "the application changed since version " + expectedVersion + "; it is at version " + application.version()));
        }
        Object result = action.check()
                .map(check -> checkOutcomes.record(new CheckOutcome(check, applicationId, (Decision) request), expectedVersion, viewer.actor()))
                .orElseGet(() -> bus.send(action.toCommand(applicationId, request, expectedVersion, viewer), viewer.actor()));
        long version = result instanceof Number number ? number.longValue() : application.version() + 1;
        log.info("{} took {} on {}", kv("user", viewer.name()), relation, kv("lcApplicationId", applicationId));
        return answer(HttpStatus.OK, applicationId, version, viewer);
    }

    private ResponseEntity<LCApplicationModel> answer(HttpStatus status, LCApplicationId id, long version, Viewer viewer) {
        URI location = LCApplicationRepresentations.selfOf(id).toUri();
        Optional<LCApplicationView> seen = lookup.awaitVersion(id, viewer, version);
        if (seen.isEmpty()) {
            return ResponseEntity.status(status == HttpStatus.CREATED ? HttpStatus.CREATED : HttpStatus.ACCEPTED).location(location).build();
        }
        return ResponseEntity.status(status).location(location).eTag(String.valueOf(seen.get().version()))
                .body(LCApplicationRepresentations.of(seen.get(), viewer));
    }

    private Object read(JsonNode body, Class<?> type) {
        Object request;
        try {
            request = json.treeToValue(body == null || body.isNull() ? json.createObjectNode() : body, type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            throw new ProblemException(Problems.unreadable(unreadable));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestBody(violations);
        }
        return request;
    }

    private static List<Problems.FieldError> pageErrors(int page, int size) {
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            return List.of(new Problems.FieldError("size", "must be between 1 and " + PageRequest.MAX_SIZE));
        }
        if (page < 0 || page > PageRequest.lastPageWithinWindow(size)) {
            return List.of(new Problems.FieldError("page", "must be between 0 and " + PageRequest.lastPageWithinWindow(size)
                    + " for pages of " + size + ": pages reach the first " + PageRequest.WINDOW + " results"));
        }
        return List.of();
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new ProblemException(Problems.invalidRequest("If-Match must be one entity tag of this API",
                    List.of(new Problems.FieldError("If-Match", "must be an ETag such as \"3\""))));
        }
        if (tag.group(1) != null) {
            throw new ProblemException(Problems.of(HttpStatus.PRECONDITION_FAILED, Problems.STALE,
                    "If-Match never matches a weak entity tag (RFC 9110); send the ETag as this API gives it, e.g. \"3\""));
        }
        return Long.valueOf(tag.group(2));
    }

    private static LCApplicationId applicationIdFor(Viewer viewer, String idempotencyKey) {
        if (idempotencyKey == null) {
            return LCApplicationId.newId();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw new ProblemException(Problems.invalidRequest("the Idempotency-Key is not valid",
                    List.of(new Problems.FieldError(IDEMPOTENCY_KEY, "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters"))));
        }
        String name = viewer.name() + '\n' + idempotencyKey;
        return new LCApplicationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}
