package com.kpbank.lc.command.handling;

import com.kpbank.lc.api.command.LCApplicationCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the {@code lcApplicationId} of the command being handled into the logging context, so every log line names it. */
@Component
@Order(1)
public class LcApplicationIdMdcInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "lcApplicationId";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof LCApplicationCommand command && command.lcApplicationId() != null) {
            try (MDC.MDCCloseable ignored = MDC.putCloseable(KEY, String.valueOf(command.lcApplicationId()))) {
                return chain.proceed();
            }
        }
        return chain.proceed();
    }
}
