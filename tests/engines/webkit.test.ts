// The reader journeys in WebKitGTK's MiniBrowser (Safari's engine) over WebDriver, under Xvfb.
import { launchWebKit } from './engines';
import { readerJourneys } from './journeys';

readerJourneys(launchWebKit);
