package dev.interviewlab.topic.importing;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload beyond the multipart limit never reaches a controller; answer it with the form and a message. */
@ControllerAdvice
class UploadLimitAdvice {

    private final int maxBytes;

    UploadLimitAdvice(@org.springframework.beans.factory.annotation.Value("${interviewlab.import.max-bytes}") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        model.addAttribute("importForm", new ImportForm());
        model.addAttribute("formError", "import.error.tooLarge");
        model.addAttribute("formErrorArguments", new Object[]{maxBytes / 1024});
        return "importing/form";
    }
}
