package com.kpbank.lc.gateway.hal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.MethodParameter;
import org.springframework.hateoas.CollectionModel;
import org.springframework.hateoas.MediaTypes;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.hateoas.config.HypermediaMappingInformation;
import org.springframework.hateoas.AffordanceModel;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names every HAL-FORMS template after its action. Spring HATEOAS calls the first template of a
 * representation {@code default}; our clients find a form by the name of the action it performs
 * (API.md: "each a link relation and a HAL-FORMS template of the same name"), so the first template
 * gets its own name back and keeps its place — in the representation and in each one it embeds.
 * Works around spring-projects/spring-hateoas#1592 (the first template is named "default").
 */
@RestControllerAdvice
public class HalFormsTemplateNaming implements ResponseBodyAdvice<Object> {

    private static final String TEMPLATES = "_templates";
    private static final String DEFAULT = "default";
    private static final String EMBEDDED = "_embedded";

    private final ObjectMapper halForms;

    HalFormsTemplateNaming(ObjectMapper mapper, List<HypermediaMappingInformation> mediaTypes) {
        this.halForms = mediaTypes.stream()
                .filter(info -> info.getMediaTypes().contains(MediaTypes.HAL_FORMS_JSON))
                .findFirst()
                .map(info -> info.configureObjectMapper(mapper.copy()))
                .orElseThrow(() -> new IllegalStateException("HAL-FORMS is not enabled"));
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof RepresentationModel<?> model) || !MediaTypes.HAL_FORMS_JSON.isCompatibleWith(contentType)
                || !hasTemplates(model)) {
            return body;
        }
        return halForms(model);
    }

    /** The model as a HAL-FORMS document, its templates named: for what is written outside a response body, e.g. a server-sent event. */
    public JsonNode halForms(RepresentationModel<?> model) {
        JsonNode document = halForms.valueToTree(model);
        nameTemplates(model, document);
        return document;
    }

    private static boolean hasTemplates(RepresentationModel<?> model) {
        return firstTemplateName(model).isPresent() || embedded(model).stream().anyMatch(HalFormsTemplateNaming::hasTemplates);
    }

    /** Renames the default template of the document and of the documents it embeds, which follow the model's content in order. */
    private static void nameTemplates(RepresentationModel<?> model, JsonNode document) {
        firstTemplateName(model).ifPresent(name -> renameDefaultTemplate(document, name));
        Iterator<JsonNode> items = document.path(EMBEDDED).elements();
        List<JsonNode> embeddedDocuments = new ArrayList<>();
        items.forEachRemaining(relation -> relation.elements().forEachRemaining(embeddedDocuments::add));
        List<RepresentationModel<?>> embeddedModels = embedded(model);
        for (int i = 0; i < Math.min(embeddedModels.size(), embeddedDocuments.size()); i++) {
            nameTemplates(embeddedModels.get(i), embeddedDocuments.get(i));
        }
    }

    private static List<RepresentationModel<?>> embedded(RepresentationModel<?> model) {
        if (!(model instanceof CollectionModel<?> collection)) {
            return List.of();
        }
        List<RepresentationModel<?>> embedded = new ArrayList<>();
        collection.getContent().forEach(item -> {
            if (item instanceof RepresentationModel<?> representation) {
                embedded.add(representation);
            }
        });
        return embedded;
    }

    /** The same choice Spring HATEOAS makes for its {@code default}: the first non-GET affordance. */
    private static Optional<String> firstTemplateName(RepresentationModel<?> model) {
        return model.getLinks().stream()
                .flatMap(link -> link.getAffordances().stream())
                .map(affordance -> affordance.<AffordanceModel>getAffordanceModel(MediaTypes.HAL_FORMS_JSON))
                .filter(affordance -> affordance != null && !affordance.hasHttpMethod(HttpMethod.GET))
                .map(AffordanceModel::getName)
                .findFirst();
    }

    private static void renameDefaultTemplate(JsonNode document, String name) {
        if (document.get(TEMPLATES) instanceof ObjectNode templates && templates.has(DEFAULT)) {
            ObjectNode renamed = templates.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = templates.fields();
            fields.forEachRemaining(field -> renamed.set(DEFAULT.equals(field.getKey()) ? name : field.getKey(), field.getValue()));
            ((ObjectNode) document).set(TEMPLATES, renamed);
        }
    }
}
