package dev.interviewlab.account;

import dev.interviewlab.web.PostForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

import static dev.interviewlab.web.PostForms.escape;

/**
 * The header's account links of a signed-in reader (their name, the sign-out form with their token) or of a guest
 * as the layout's {@code accountNav} fragment writes them, built as a string for the pages rendered once for every
 * reader: a request fills in its reader's links without a template render.
 */
@Component
public class AccountNav {

    private final MessageSource messages;

    AccountNav(MessageSource messages) {
        this.messages = messages;
    }

    /** A guest's links (sign in, register), the same fragment's other branch (question pages, Today with a guest's history). */
    public String guestHtml(Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return "<nav class=\"account-nav\" aria-label=\"" + escape(messages.getMessage("account.nav.label", null, locale))
                + "\">\n        <a href=\"" + PostForms.href("/login", request, response) + "\">"
                + escape(messages.getMessage("account.signIn", null, locale)) + "</a>\n        <a href=\""
                + PostForms.href("/register", request, response) + "\">"
                + escape(messages.getMessage("account.register", null, locale)) + "</a>\n    </nav>";
    }

    public String html(SignedInAccount reader, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return "<nav class=\"account-nav\" aria-label=\"" + escape(messages.getMessage("account.nav.label", null, locale))
                + "\">\n        <a href=\"" + PostForms.href("/account", request, response) + "\">" + escape(reader.displayName())
                + "</a>\n        " + PostForms.open("/logout", "inline-form", request, response)
                + "\n          <button type=\"submit\" class=\"link-button\">"
                + escape(messages.getMessage("account.signOut", null, locale)) + "</button>\n        </form>\n    </nav>";
    }
}
