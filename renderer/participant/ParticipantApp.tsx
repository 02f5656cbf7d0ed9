import { useState } from 'react';
import { forgetIdentity, loadIdentity, saveIdentity, type Identity } from './identity.ts';
import { JoinScreen } from './JoinScreen.tsx';
import { Room } from './Room.tsx';

/** The phone's page: the join form until this device holds a place in the classroom, then the room. */
export function ParticipantApp() {
  const [identity, setIdentity] = useState<Identity | null>(loadIdentity);
  if (!identity) return <JoinScreen onJoined={(answer) => setIdentity(saveIdentity(answer))} />;
  return (
    <Room
      key={identity.participantId}
      identity={identity}
      onLeave={() => {
        forgetIdentity();
        setIdentity(null);
      }}
    />
  );
}
