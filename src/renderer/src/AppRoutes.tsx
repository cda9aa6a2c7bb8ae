import { Route, Switch } from 'wouter'
import { AthletePage } from './features/athlete/AthletePage'
import { SettingsPage } from './features/settings/SettingsPage'
import { SquadBoard } from './features/squads/SquadBoard'
import { TemplatesPage } from './features/templates/TemplatesPage'

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/settings" component={SettingsPage} />
      <Route path="/settings/templates/:kind?/:id?">
        {(params) => <TemplatesPage kind={params.kind} id={params.id} />}
      </Route>
      <Route path="/athletes/:athleteId/:tab?">
        {(params) => <AthletePage athleteId={params.athleteId} tab={params.tab} />}
      </Route>
      <Route path="/squads/:squadId">{(params) => <SquadBoard squadId={params.squadId} />}</Route>
      <Route>
        <SquadBoard squadId={null} />
      </Route>
    </Switch>
  )
}
