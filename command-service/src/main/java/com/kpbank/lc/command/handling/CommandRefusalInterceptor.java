package com.kpbank.lc.command.handling;

import com.kpbank.lc.api.command.CommandRefusal;
import com.kpbank.lc.api.command.CommandRefusal.FieldViolation;
import com.kpbank.lc.command.lcapplication.BusinessRuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where a refused command becomes what its sender sees, on the handling side of the command
 * bus, so that whoever dispatches, locally or through Axon Server, gets the same answer: a
 * {@link CommandExecutionException} whose {@link CommandExecutionException#getDetails() details} are a
 * {@link CommandRefusal}.
 * <ul>
 *   <li>Before the aggregate is touched, the command's Bean Validation constraints are checked; a structurally
 *       invalid command is refused as {@link CommandRefusal#INVALID_COMMAND} with one {@link FieldViolation}
 *       per broken constraint, and nothing is loaded or stored.</li>
 *   <li>A {@link BusinessRuleViolation} is refused with its rule code ({@code wrong-state},
 *       {@code already-exists} and the business rules);</li>
 *   <li>an unknown application as {@link CommandRefusal#NOT_FOUND};</li>
 *   <li>an {@code expectedVersion} that is no longer the application's version as {@link CommandRefusal#STALE}.</li>
 * </ul>
 * Fields are named by their path in the command, where a single-value type (e.g. {@code Country},
 * {@code ClientReference}) stands for its one component: {@code beneficiary.address.country}, not
 * {@code beneficiary.address.country.code}; list elements carry their index, e.g.
 * {@code merchandise.items[0].quantity}.
 */
@Component
@Order(2)
public class CommandRefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Validator validator;

    public CommandRefusalInterceptor(Validator validator) {
        this.validator = validator;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        refuseIfInvalid(unitOfWork.getMessage().getPayload());
        try {
            return chain.proceed();
        } catch (BusinessRuleViolation e) {
            throw refusal(CommandRefusal.of(e.code(), e.getMessage()), e);
        } catch (AggregateNotFoundException e) {
            throw refusal(CommandRefusal.of(CommandRefusal.NOT_FOUND,
                                            "there is no LC application " + e.getAggregateIdentifier()), e);
        } catch (ConflictingAggregateVersionException e) {
            throw refusal(CommandRefusal.of(CommandRefusal.STALE, "the LC application " + e.getAggregateIdentifier()
                    + " is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()), e);
        }
    }

    private void refuseIfInvalid(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        List<FieldViolation> fields = violations.stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
        String message = command.getClass().getSimpleName() + " is invalid: " + fields.stream()
                .map(f -> f.field() + " " + f.message())
                .collect(Collectors.joining("; "));
        throw refusal(new CommandRefusal(CommandRefusal.INVALID_COMMAND, message, fields), null);
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
        Class<?> holder = violation.getLeafBean() == null ? Object.class : violation.getLeafBean().getClass();
        if (holder.isRecord() && holder.getRecordComponents().length == 1) {
            String onlyComponent = "." + holder.getRecordComponents()[0].getName();
            if (path.endsWith(onlyComponent)) {
                return path.substring(0, path.length() - onlyComponent.length());
            }
        }
        return path;
    }

    private static CommandExecutionException refusal(CommandRefusal refusal, Throwable cause) {
        return new CommandExecutionException(refusal.message(), cause, refusal);
    }
}
