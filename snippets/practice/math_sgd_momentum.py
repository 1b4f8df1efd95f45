import torch

w = torch.tensor(1.0, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
group = opt.param_groups[0]
print("lr:", group["lr"], "momentum:", group["momentum"], end=" ")
print("dampening:", group["dampening"], "start w:", w.item())
ema = 0.0  # the averaged form: buf = 0.9 * buf + (1 - 0.9) * g

for step in (1, 2, 3):
    opt.zero_grad()
    w.backward()  # loss = w, so the gradient g is always 1
    opt.step()
    buf = opt.state[w]["momentum_buffer"].item()
    ema = 0.9 * ema + 0.1 * 1.0
    print(f"step {step}: buffer {buf:.4f}, w {w.item():.4f}", end=" | ")
    print(f"averaged form would give buffer {ema:.4f}")
