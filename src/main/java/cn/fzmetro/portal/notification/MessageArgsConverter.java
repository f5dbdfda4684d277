package cn.fzmetro.portal.notification;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The arguments of a message as a JSON array of strings. */
@Converter
class MessageArgsConverter implements AttributeConverter<List<String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> args) {
        return JSON.writeValueAsString(args);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        return List.copyOf(JSON.readValue(json, STRINGS));
    }
}
