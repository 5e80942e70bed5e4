package dev.interviewlab.review.web;

import dev.interviewlab.review.ReviewPreferencesService.SettingsInput;
import dev.interviewlab.review.ReviewSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plan page's form, as typed: text fields, so a wrong number is a field error rather than a binding failure. */
public class PlanForm {

    private String desiredRetention = "";
    private String interviewDate = "";
    private List<String> categories = new ArrayList<>();
    private String exposures = "";

    static PlanForm of(ReviewSettings settings) {
        PlanForm form = new PlanForm();
        form.desiredRetention = String.format(Locale.ROOT, "%.2f", settings.desiredRetention());
        form.interviewDate = settings.interviewDate() == null ? "" : settings.interviewDate().toString();
        form.categories = new ArrayList<>(settings.categories());
        form.exposures = Integer.toString(settings.exposures());
        return form;
    }

    SettingsInput input() {
        return new SettingsInput(number(desiredRetention), interviewDate, categories, whole(exposures));
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getDesiredRetention() {
        return desiredRetention;
    }

    public void setDesiredRetention(String desiredRetention) {
        this.desiredRetention = desiredRetention;
    }

    public String getInterviewDate() {
        return interviewDate;
    }

    public void setInterviewDate(String interviewDate) {
        this.interviewDate = interviewDate;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : categories;
    }

    public String getExposures() {
        return exposures;
    }

    public void setExposures(String exposures) {
        this.exposures = exposures;
    }
}
