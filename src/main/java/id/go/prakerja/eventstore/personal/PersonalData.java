package id.go.prakerja.eventstore.personal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event record as personal data (UU PDP 27/2022): it is stored encrypted with its data
 * subject's own key ({@link SubjectKey}), so that destroying the key erases it from an append-only log. Once the key
 * is gone, it reads as null. Only the value as a whole is sealed: put it on the record that holds the person's data,
 * not inside it.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = SealedValues.Sealing.class)
@JsonDeserialize(using = SealedValues.Unsealing.class)
public @interface PersonalData {}
