package org.postops.app.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postops.app.access.MemberRole;
import org.postops.app.access.Viewer;
import org.postops.app.web.FormErrors;
import org.postops.app.web.Formats;
import org.postops.app.web.Inputs;
import org.postops.app.web.PageController;
import org.postops.app.web.Paging;
import org.postops.app.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rate card for administrators: the list, a form to add a rate, and each rate's edit form. */
@PageController
class RatePages {

    /**
     * A rate as typed. {@code what} is {@code role:EDITOR} for a production role, or {@code kit} / {@code room}
     * with the kind's key in {@code key}; {@code amount} is in major units ("75.00").
     */
    record RateForm(String what, String key, String unit, String amount, String currency, String effectiveFrom,
            String effectiveTo, String version) {

        static RateForm blank() {
            return new RateForm("role:" + MemberRole.EDITOR.name(), null, RateUnit.HOUR.name(), null, "GBP", null,
                    null, null);
        }

        static RateForm of(RateCard r, Formats formats) {
            boolean role = r.subjectType() == SubjectType.ROLE;
            return new RateForm(role ? "role:" + r.subject().toUpperCase(Locale.ROOT)
                    : r.subjectType().name().toLowerCase(Locale.ROOT), role ? null : r.subject(), r.unit().name(),
                    formats.amountInput(r.amountMinor(), r.currency()), r.currency(), r.effectiveFrom().toString(),
                    r.effectiveTo() == null ? null : r.effectiveTo().toString(), Integer.toString(r.version()));
        }

        RateFields fields(Inputs in) {
            String w = Inputs.text(what);
            SubjectType type = null;
            String subject = null;
            if (w != null && w.startsWith("role:")) {
                type = SubjectType.ROLE;
                subject = w.substring(5);
            } else if (w != null) {
                type = in.choice("subjectType", SubjectType.class, w);
                subject = Inputs.text(key);
                if (subject == null) {
                    in.add("subject", "give the kind of kit or room a key, such as grading-theatre");
                }
            } else {
                in.add("subjectType", "choose what the rate is for");
            }
            String code = Inputs.text(currency) == null ? null : currency.strip().toUpperCase(Locale.ROOT);
            Long minor = in.money("amountMinor", amount, code);
            if (Inputs.text(amount) == null) {
                in.add("amountMinor", "give the amount, such as 75.00");
            }
            return new RateFields(type, subject, in.choice("unit", RateUnit.class, unit), minor, code,
                    in.date("effectiveFrom", effectiveFrom), in.date("effectiveTo", effectiveTo));
        }
    }

    private final RateService rates;
    private final Formats formats;

    RatePages(RateService rates, Formats formats) {
        this.rates = rates;
        this.formats = formats;
    }

    @GetMapping("/admin/rates")
    String list(Viewer viewer, @RequestParam(required = false) Integer page, Model model) {
        return list(viewer, page, RateForm.blank(), FormErrors.none(), model);
    }

    private String list(Viewer viewer, Integer page, RateForm form, FormErrors errors, Model model) {
        model.addAttribute("rates", rates.list(viewer, null, null, null, null, Paging.of(page, 100)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("units", RateUnit.values());
        return "budget/rates";
    }

    @PostMapping("/admin/rates")
    String create(Viewer viewer, RateForm form, Model model, RedirectAttributes flash, HttpServletResponse response) {
        try {
            Inputs in = new Inputs();
            RateFields fields = form.fields(in);
            in.check();
            RateCard created = rates.create(viewer, fields);
            flash.addFlashAttribute("notice", "Rate added: " + rates.describe(created) + ".");
            return "redirect:/admin/rates";
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST && p.status() != HttpStatus.CONFLICT) {
                throw p;
            }
            response.setStatus(p.status().value());
            return list(viewer, null, form, FormErrors.of(p), model);
        }
    }

    @GetMapping("/admin/rates/{id}")
    String editForm(Viewer viewer, @PathVariable long id, Model model) {
        RateCard rate = rates.get(viewer, id);
        return editForm(rate, RateForm.of(rate, formats), FormErrors.none(), model);
    }

    private String editForm(RateCard rate, RateForm form, FormErrors errors, Model model) {
        model.addAttribute("rate", rate);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("units", RateUnit.values());
        return "budget/rate";
    }

    @PostMapping("/admin/rates/{id}")
    String update(Viewer viewer, @PathVariable long id, RateForm form, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        RateCard current = rates.get(viewer, id);
        try {
            Inputs in = new Inputs();
            RateFields fields = form.fields(in);
            Integer version = in.whole("version", form.version());
            in.check();
            RateCard saved = rates.update(viewer, id, fields, Optional.ofNullable(version));
            flash.addFlashAttribute("notice", "Rate saved: " + rates.describe(saved) + ".");
            return "redirect:/admin/rates";
        } catch (Problem p) {
            response.setStatus(p.status().value());
            if (p.status() == HttpStatus.PRECONDITION_FAILED) {
                RateForm again = new RateForm(form.what(), form.key(), form.unit(), form.amount(), form.currency(),
                        form.effectiveFrom(), form.effectiveTo(), Integer.toString(current.version()));
                return editForm(current, again, new FormErrors("Someone else changed this rate while you were "
                        + "editing; it is now " + rates.describe(current) + ". Save again to replace it.", Map.of()),
                        model);
            }
            if (p.status() != HttpStatus.BAD_REQUEST && p.status() != HttpStatus.CONFLICT) {
                throw p;
            }
            return editForm(current, form, FormErrors.of(p), model);
        }
    }

    @PostMapping("/admin/rates/{id}/delete")
    String delete(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
        RateCard rate = rates.get(viewer, id);
        rates.delete(viewer, id, Optional.empty());
        flash.addFlashAttribute("notice", "Rate deleted: " + rates.describe(rate) + ".");
        return "redirect:/admin/rates";
    }
}
