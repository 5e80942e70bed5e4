package dev.interviewlab.topic.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: a Markdown file and the heading level at which to split it. */
public class ImportForm {

    private MultipartFile file;

    @NotNull
    @Min(NotebookSplitter.MIN_LEVEL)
    @Max(NotebookSplitter.MAX_LEVEL)
    private Integer splitLevel = 2;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public Integer getSplitLevel() {
        return splitLevel;
    }

    public void setSplitLevel(Integer splitLevel) {
        this.splitLevel = splitLevel;
    }
}
