package dev.interviewlab.cluster;

import dev.interviewlab.account.Account;
import dev.interviewlab.account.AccountService;
import dev.interviewlab.account.Role;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everything the site puts in a session survives Java serialization, as Spring Session JDBC stores it
 * on the postgres profile (docs/cluster.md): the sessions of a learner in the middle of a quiz, of an editor
 * with a saved-topic notice and an import waiting for confirmation, and a guest who quizzes and reviews
 * (whose quizzes and reviews hang on the learner cookie, not on a session).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionAttributesTest {

    private static final String PASSWORD = "session attributes password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    private MockHttpSession signIn(Role role) throws Exception {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.register(username, "Sam", PASSWORD, PASSWORD);
        if (role != Role.LEARNER) {
            accounts.grant(account.getId(), role);
        }
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    @Test
    void aLearnersSessionWithAnOpenQuizSerializes() throws Exception {
        MockHttpSession session = signIn(Role.LEARNER);
        String attempt = mvc.perform(post("/quizzes").param("topics", "tcp-connection-states").param("count", "3")
                        .param("minutes", "5").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(attempt).param("question", "1").param("flagged", "true").param("go", "next").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(attempt).session(session)).andExpect(status().isOk());

        assertThat(roundTrip(session)).contains("SPRING_SECURITY_CONTEXT");
    }

    @Test
    void anEditorsSessionWithANoticeAndAPendingImportSerializes() throws Exception {
        MockHttpSession session = signIn(Role.EDITOR);
        String slug = "session-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/editor/topics").param("slug", slug).param("categorySlug", "networking").param("difficulty", "beginner")
                        .param("titleEn", "Session").param("titleZh", "会话").param("summaryEn", "S").param("summaryZh", "摘要")
                        .param("bodyEn", "Body").param("bodyZh", "正文").param("tags", "t").param("related", "")
                        .param("changeSummary", "new").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        MockMultipartFile notes = new MockMultipartFile("file", "notes.md", "text/markdown",
                "---\ntitle: Notes\ncategories: [Study]\n---\n# Heading one\ntext\n# Heading two\nmore\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/import").file(notes).param("splitLevel", "1").with(csrf()).session(session))
                .andExpect(status().isOk());

        assertThat(roundTrip(session)).contains("SPRING_SECURITY_CONTEXT",
                "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS", "pendingImport");
    }

    @Test
    void aGuestWhoQuizzesAndReviewsHasNoSessionOrASerializableOne() throws Exception {
        MvcResult started = mvc.perform(post("/quizzes").param("topics", "tcp-connection-states").param("count", "3")
                .param("minutes", "5").with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Cookie learner = started.getResponse().getCookie("learner");
        assertThat(learner).isNotNull();
        String attempt = started.getResponse().getRedirectedUrl();
        HttpSession session = started.getRequest().getSession(false);
        mvc.perform(post(attempt + "/submit").with(csrf()).cookie(learner)).andExpect(status().is3xxRedirection());
        MvcResult review = mvc.perform(get("/review").cookie(learner)).andExpect(status().isOk()).andReturn();

        for (HttpSession guestSession : new HttpSession[]{session, review.getRequest().getSession(false)}) {
            if (guestSession != null) {
                roundTrip(guestSession);
            }
        }
    }

    /** Serializes and reads back every attribute; returns their names. */
    private static List<String> roundTrip(HttpSession session) throws IOException, ClassNotFoundException {
        List<String> names = Collections.list(session.getAttributeNames());
        for (String name : names) {
            Object value = session.getAttribute(name);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            } catch (IOException e) {
                throw new AssertionError("session attribute " + name + " (" + value.getClass().getName() + ") does not serialize", e);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(in.readObject()).as(name).isInstanceOf(value.getClass());
            }
        }
        return names;
    }
}
