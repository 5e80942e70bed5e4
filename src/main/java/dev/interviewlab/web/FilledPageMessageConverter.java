package dev.interviewlab.web;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link FilledPage} answer ({@code ResponseEntity<FilledPage>}) as HTML with its Content-Length, piece by
 * piece into the response. Only writes: no request body is read as a page.
 */
class FilledPageMessageConverter extends AbstractHttpMessageConverter<FilledPage> {

    FilledPageMessageConverter() {
        super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return FilledPage.class == type;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected FilledPage readInternal(Class<? extends FilledPage> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a page is not read from a request", input);
    }

    @Override
    protected Long getContentLength(FilledPage page, MediaType contentType) {
        return page.contentLength();
    }

    @Override
    protected void writeInternal(FilledPage page, HttpOutputMessage output) throws IOException {
        page.writeTo(output.getBody());
    }
}
