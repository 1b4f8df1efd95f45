import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 3)
Y = (X**2).sum(dim=1, keepdim=True)


def build():
    torch.manual_seed(1)  # every run starts its random stream here
    model = nn.Sequential(
        nn.Linear(3, 16), nn.ReLU(), nn.Dropout(0.2), nn.Linear(16, 1)
    )
    return model, torch.optim.Adam(model.parameters(), lr=0.02)


def train(model, optimizer, epochs):
    losses = []
    for _ in epochs:
        total = 0.0
        for idx in torch.randperm(64).split(16):  # shuffling draws randoms
            loss = nn.functional.mse_loss(model(X[idx]), Y[idx])  # dropout too
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item()
        losses.append(total / 4)  # mean over the epoch's 4 batches
    return losses


model, optimizer = build()
straight = train(model, optimizer, range(6))

model, optimizer = build()
first = train(model, optimizer, range(3))
state = {"model": model.state_dict(), "opt": optimizer.state_dict()}
state["rng"] = torch.get_rng_state()  # where the random stream stands
torch.save(state, "checkpoint.pt")

print("straight:          ", [round(v, 4) for v in straight])
for restore_rng in (False, True):
    model, optimizer = build()
    ckpt = torch.load("checkpoint.pt", weights_only=True)
    model.load_state_dict(ckpt["model"])
    optimizer.load_state_dict(ckpt["opt"])
    if restore_rng:
        torch.set_rng_state(ckpt["rng"])
    resumed = first + train(model, optimizer, range(3, 6))
    print(f"resumed, rng {restore_rng!s:<5}:", [round(v, 4) for v in resumed])
print("rng restored, exactly equal:", straight == resumed)
