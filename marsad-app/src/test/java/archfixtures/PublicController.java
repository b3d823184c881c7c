package archfixtures;

import org.springframework.stereotype.Controller;

/**
 * Breaks the rule that controllers are package-private: used to show that the rule fails.
 */
@Controller
public class PublicController {

}
