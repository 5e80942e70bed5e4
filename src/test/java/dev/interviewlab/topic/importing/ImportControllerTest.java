package dev.interviewlab.topic.importing;

import org.springframework.security.test.context.support.WithMockUser;
import dev.interviewlab.account.WebSliceSecurity;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@Import(WebSliceSecurity.class)
@WithMockUser(roles = "EDITOR")
@WebMvcTest(ImportController.class)
class ImportControllerTest {

    private static final String NOTES = "---\ntitle: Notes\ncategories: [Study]\n---\n# TCP\nstates\n# Cache\naside\n";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoteImportService imports;

    @BeforeEach
    void realParsing() {
        // the controller's job is the flow; parsing is the real splitter, saving is checked elsewhere
        NotebookSplitter splitter = new NotebookSplitter(1024 * 1024);
        when(imports.plan(any(), any(), anyInt())).thenAnswer(call ->
                splitter.split(call.getArgument(0), call.getArgument(1), call.getArgument(2)));
        when(imports.preview(any())).thenAnswer(call -> {
            ImportPlan plan = call.getArgument(0);
            return new ImportPreview(plan, "study", "Study", plan.notes().stream()
                    .map(note -> new ImportPreview.PlannedNote(Slugs.of(note.title()), note.title(), note.summary(),
                            note.markdown().length(), ImportPreview.Action.CREATE)).toList());
        });
        when(imports.save(any())).thenReturn(List.of("tcp", "cache"));
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "text/markdown", bytes);
    }

    @Test
    void uploadShowsAPreviewAndConfirmSavesExactlyThatPlan() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(multipart("/import").file(file("notes.md", NOTES.getBytes(StandardCharsets.UTF_8)))
                        .param("splitLevel", "1").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/topics/tcp")))
                .andExpect(content().string(containsString("/topics/cache")))
                .andReturn().getResponse().getContentAsString();
        verify(imports, never()).save(any());
        String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");

        mvc.perform(post("/import/confirm").param("token", token).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/import/done"))
                .andExpect(flash().attribute("saved", List.of("tcp", "cache")));
        verify(imports).save(any());
    }

    @Test
    void aStaleOrForgedTokenSavesNothing() throws Exception {
        mvc.perform(post("/import/confirm").param("token", "forged"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Upload the file again")));
        verify(imports, never()).save(any());
    }

    @Test
    void missingFileIsAFieldError() throws Exception {
        mvc.perform(multipart("/import").param("splitLevel", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("importForm", "file", "import.error.noFile"))
                .andExpect(content().string(containsString("Choose a Markdown file")));
    }

    @Test
    void binaryFileIsAFieldError() throws Exception {
        mvc.perform(multipart("/import").file(file("photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                        .param("splitLevel", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("importForm", "file", "import.error.binary"))
                .andExpect(content().string(containsString("not a UTF-8 text file")));
    }

    @Test
    void aFigureThatCannotBeDrawnIsAFieldErrorWithItsLineInTheFile() throws Exception {
        String markdown = "---\ntitle: Notes\n---\n# A\n\n```diagram\nid: x\ntype: sequence\ntitle: T\ndesc: D\n"
                + "participant a: A\nparticipant b: B\na => b: hi\n```\n";
        mvc.perform(multipart("/import").file(file("n.md", markdown.getBytes(StandardCharsets.UTF_8))).param("splitLevel", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("importForm", "file", "diagram.error.syntax"))
                .andExpect(content().string(containsString("Figure, line 13: cannot read")));
        mvc.perform(multipart("/import").file(file("n.md", markdown.getBytes(StandardCharsets.UTF_8)))
                        .param("splitLevel", "1").header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("图，第 13 行")));
    }

    @Test
    void malformedFrontMatterIsAFieldErrorWithItsLine() throws Exception {
        mvc.perform(multipart("/import").file(file("n.md", "---\ntitle: [oops\n---\n# A\nb\n".getBytes(StandardCharsets.UTF_8)))
                        .param("splitLevel", "1").header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("头信息（第")));
    }

    @Test
    void oversizedFileIsAFieldError() throws Exception {
        mvc.perform(multipart("/import").file(file("big.md", new byte[1024 * 1024 + 1])).param("splitLevel", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 1024 KB")));
    }

    @Test
    void splitLevelOutOfRangeOrNotANumberIsAFieldError() throws Exception {
        for (String level : new String[]{"0", "9", "abc", ""}) {
            mvc.perform(multipart("/import").file(file("n.md", NOTES.getBytes(StandardCharsets.UTF_8))).param("splitLevel", level))
                    .andExpect(status().isBadRequest())
                    .andExpect(model().attributeHasFieldErrors("importForm", "splitLevel"));
        }
        verify(imports, never()).plan(any(), any(), anyInt());
    }

    @Test
    void donePageWithoutAnImportGoesBackToTheForm() throws Exception {
        mvc.perform(get("/import/done")).andExpect(redirectedUrl("/import"));
    }
}
