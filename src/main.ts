import './charts/line/element';
import './charts/tracker/element';
import './charts/income/element';
import './charts/scorecard/element';
import './charts/structure/element';
import './charts/figures/element';
import './story/kc-story';
