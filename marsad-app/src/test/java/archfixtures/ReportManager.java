package archfixtures;

/**
 * Breaks the naming rule: used to show that the rule fails.
 */
public class ReportManager {

}
