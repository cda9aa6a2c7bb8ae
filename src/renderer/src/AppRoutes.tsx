import { Route, Switch } from 'wouter'
import { SettingsPage } from './features/settings/SettingsPage'
import { SquadBoard } from './features/squads/SquadBoard'

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/settings" component={SettingsPage} />
      <Route path="/squads/:squadId">{(params) => <SquadBoard squadId={params.squadId} />}</Route>
      <Route>
        <SquadBoard squadId={null} />
      </Route>
    </Switch>
  )
}
