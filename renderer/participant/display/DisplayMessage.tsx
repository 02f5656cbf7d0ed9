/** A display's whole screen when it has nothing of the room to show: connecting, waiting, or its link dead. */
export function DisplayMessage({ title, text, alert = false }: { title: string; text: string; alert?: boolean }) {
  return (
    <main className="display-message" role={alert ? 'alert' : 'status'}>
      <h1>{title}</h1>
      {text ? <p>{text}</p> : null}
    </main>
  );
}
