package dev.interviewlab.simulation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SimulationIndexController {

    private final SimulationCatalogue catalogue;

    SimulationIndexController(SimulationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/simulations")
    String index(Model model) {
        model.addAttribute("simulations", catalogue.all());
        return "simulation/index";
    }
}
